package io.membership.queryservice.access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** Loads the policy catalogue once at start: the shipped one, or the file named by {@code membership.query.policy-catalogue}. */
@Configuration
public class PolicyCatalogueConfiguration {

    @Bean
    public PolicyCatalogue policyCatalogue(ResourceLoader resources,
                                           @Value("${membership.query.policy-catalogue:classpath:policies/catalogue.yml}")
                                           String location) {
        Resource resource = resources.getResource(location);
        try (InputStream in = resource.getInputStream()) {
            Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return PolicyCatalogue.fromYaml(document, location);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the policy catalogue " + location, e);
        }
    }
}
