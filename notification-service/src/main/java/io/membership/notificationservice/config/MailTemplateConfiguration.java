package io.membership.notificationservice.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The template engine for emails, separate from any web view: {@code templates/mail/*.txt} are rendered as plain
 * text, {@code *.html} as HTML (escaped), both reading their words from the {@code mail/messages} bundles
 * (en is the base bundle and the fallback for any other language).
 */
@Configuration(proxyBeanMethods = false)
public class MailTemplateConfiguration {

    @Bean
    public ResourceBundleMessageSource mailMessages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("mail/messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        return messages;
    }

    @Bean
    public SpringTemplateEngine mailTemplateEngine(ResourceBundleMessageSource mailMessages) {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 1));
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 2));
        engine.setTemplateEngineMessageSource(mailMessages);
        return engine;
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }
}
