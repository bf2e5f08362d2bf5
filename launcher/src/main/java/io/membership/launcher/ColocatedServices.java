package io.membership.launcher;

import io.membership.gateway.GatewayApplication;
import io.membership.infra.Infrastructure;
import io.membership.invitationservice.InvitationServiceApplication;
import io.membership.membershipservice.MembershipServiceApplication;
import io.membership.notificationservice.NotificationServiceApplication;
import io.membership.queryservice.QueryServiceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.web.context.support.StandardServletEnvironment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The four services and the gateway as five Spring application contexts in this JVM: the embedded default's lean way to run
 * (decision 012). Each context reads its own service's application.yml (named by URL, since all four share one
 * class path), gets the settings a child JVM would get from its environment, and leaves
 * out the auto-configuration of libraries only another service uses (Axon, mail, Thymeleaf), as its own class path
 * would. Classes, the JIT's work and the heap are shared; beans, ports and connections are not.
 */
public final class ColocatedServices implements Services {

    private record Service(String name, Class<?> application, Set<String> foreignLibraries) {
    }

    private static final String AXON = "org.axonframework.";
    private static final String MAIL = "org.springframework.boot.autoconfigure.mail.";
    private static final String THYMELEAF = "org.springframework.boot.autoconfigure.thymeleaf.";
    private static final String CLOUD = "org.springframework.cloud.";
    /** What the gateway leaves out: it owns no data, handles no events, and checks no JWT (the services do). */
    private static final Set<String> DATA_AND_MESSAGING = Set.of(AXON, MAIL, "io.membership.platform.",
            "org.springframework.boot.autoconfigure.mongo.", "org.springframework.boot.autoconfigure.data.mongo.",
            "org.springframework.boot.autoconfigure.kafka.", "org.springframework.boot.actuate.autoconfigure.mongo.",
            "org.springframework.boot.actuate.autoconfigure.data.mongo.",
            "org.springframework.boot.actuate.autoconfigure.kafka.",
            "org.springframework.boot.autoconfigure.security.oauth2.");

    private static final List<Service> SERVICES = List.of(
            new Service("membership-service", MembershipServiceApplication.class, Set.of(MAIL, THYMELEAF, CLOUD)),
            new Service("invitation-service", InvitationServiceApplication.class, Set.of(MAIL, THYMELEAF, CLOUD)),
            new Service("notification-service", NotificationServiceApplication.class, Set.of(AXON, CLOUD)),
            new Service("query-service", QueryServiceApplication.class, Set.of(AXON, MAIL, THYMELEAF, CLOUD)),
            new Service("gateway", GatewayApplication.class, DATA_AND_MESSAGING));

    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
    private final ServicePorts ports;

    private ColocatedServices(ServicePorts ports) {
        this.ports = ports;
    }

    public static ColocatedServices start(Infrastructure infrastructure, ServicePorts ports, String linkSecret,
                                          Map<String, String> extraEnvironment) {
        // one logging set-up for the JVM (the launcher's logback.xml), not one per context fighting over it
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        System.setProperty("axoniq.update-checker.disabled", "true");
        Map<String, String> environment = RunningSystem.environment(infrastructure, ports, linkSecret,
                extraEnvironment);
        List<String> autoConfigurations = autoConfigurations();
        ColocatedServices services = new ColocatedServices(ports);
        try {
            for (Service service : SERVICES) {
                services.contexts.add(new SpringApplicationBuilder(service.application())
                        .environment(environmentFor(service, environment, ports.of(service.name()),
                                autoConfigurations))
                        .registerShutdownHook(false)
                        .run());
            }
            return services;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    /**
     * The service's settings ahead of everything else: its environment as a child JVM would see it (so relaxed names
     * such as {@code MEMBERSHIP_INVITATION_EXPIRY} bind as they do from real environment variables), then where its
     * application.yml is, its port and what to leave out.
     */
    private static StandardServletEnvironment environmentFor(Service service, Map<String, String> environment, int port,
                                                             List<String> autoConfigurations) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("server.port", String.valueOf(port));
        settings.put("spring.config.location", ownApplicationYml(service.application()));
        settings.put("spring.main.banner-mode", "off");
        settings.put("server.tomcat.threads.min-spare", "2");
        List<String> excluded = autoConfigurations.stream()
                .filter(name -> service.foreignLibraries().stream().anyMatch(name::startsWith))
                .toList();
        if (!excluded.isEmpty()) {
            settings.put("spring.autoconfigure.exclude", String.join(",", excluded));
        }
        StandardServletEnvironment serviceEnvironment = new StandardServletEnvironment();
        MutablePropertySources sources = serviceEnvironment.getPropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource(service.name() + "-environment",
                new LinkedHashMap<>(environment)));
        sources.addFirst(new MapPropertySource(service.name() + "-settings", settings));
        return serviceEnvironment;
    }

    private static String ownApplicationYml(Class<?> application) {
        URL jar = application.getProtectionDomain().getCodeSource().getLocation();
        String location = jar.toString();
        return location.endsWith(".jar") ? "jar:" + location + "!/application.yml" : location + "application.yml";
    }

    private static List<String> autoConfigurations() {
        Set<String> names = new TreeSet<>();
        try {
            Enumeration<URL> files = ColocatedServices.class.getClassLoader()
                    .getResources("META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports");
            while (files.hasMoreElements()) {
                try (BufferedReader reader = new BufferedReader(
                        new InputStreamReader(files.nextElement().openStream(), StandardCharsets.UTF_8))) {
                    reader.lines().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                            .forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the auto-configurations", e);
        }
        return List.copyOf(names);
    }

    /** Stops the services in the reverse order of their start. */
    @Override
    public ServicePorts ports() {
        return ports;
    }

    @Override
    public void close() {
        for (int i = contexts.size() - 1; i >= 0; i--) {
            contexts.get(i).close();
        }
        contexts.clear();
    }
}
