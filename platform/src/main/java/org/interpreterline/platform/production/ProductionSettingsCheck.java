package org.interpreterline.platform.production;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.interpreterline.platform.admin.AdminProperties;
import org.interpreterline.platform.twilio.TwilioProperties;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * With the {@code production} profile, refuses to start a service on settings that are only fit for a local line:
 * the simulator's Twilio account or any token that is not a Twilio token, a missing or short admin password, a
 * Twilio API or public URL that is not https. Runs before any bean is made, and names every problem at once.
 */
public final class ProductionSettingsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    public static final String PROFILE = "production";
    static final String SIMULATOR_TOKEN = "simulator-token-not-a-secret";
    static final String SIMULATOR_ACCOUNT = "AC00000000000000000000000000000000";
    static final int MIN_ADMIN_PASSWORD = 16;
    private static final Pattern TWILIO_TOKEN = Pattern.compile("[0-9a-fA-F]{32}");

    private ConfigurableEnvironment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = (ConfigurableEnvironment) environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!environment.matchesProfiles(PROFILE)) {
            return;
        }
        boolean usesTwilio = beanFactory.getBeanNamesForType(TwilioProperties.class, true, false).length > 0;
        List<String> problems = problems(usesTwilio);
        if (!problems.isEmpty()) {
            throw new ProductionSettingsRefused(problems);
        }
    }

    /** A password given (a blank one is not this rule's) that is short or the user name is refused. */
    private static void refuseWeak(List<String> problems, String named, String user, String password) {
        if (password != null && !password.isBlank()
                && (password.length() < MIN_ADMIN_PASSWORD || password.equals(user))) {
            problems.add(named + " is too weak: at least " + MIN_ADMIN_PASSWORD + " characters, not the user name");
        }
    }

    List<String> problems(boolean usesTwilio) {
        List<String> problems = new ArrayList<>();
        String user = environment.getProperty("line.admin.user", "");
        String password = environment.getProperty("line.admin.password", "");
        if (user.isBlank()) {
            problems.add("ADMIN_USER (line.admin.user) is not set");
        }
        if (password.isBlank()) {
            problems.add("ADMIN_PASSWORD (line.admin.password) is not set");
        } else {
            refuseWeak(problems, "ADMIN_PASSWORD (line.admin.password)", user, password);
        }
        for (String role : List.of("supervisor", "auditor")) {
            refuseWeak(problems, "LINE_" + role.toUpperCase() + "_PASSWORD (line.admin." + role + ".password)",
                    environment.getProperty("line.admin." + role + ".user", ""),
                    environment.getProperty("line.admin." + role + ".password", ""));
        }
        Binder.get(environment).bind("line.admin.roster-supervisors",
                        Bindable.mapOf(String.class, AdminProperties.Credentials.class))
                .orElse(java.util.Map.of()).forEach((roster, person) -> refuseWeak(problems, "the password of roster "
                        + roster + "'s supervisor (line.admin.roster-supervisors." + roster + ".password)",
                        person.user(), person.password()));
        if (usesTwilio) {
            String token = environment.getProperty("line.twilio.auth-token", "");
            if (SIMULATOR_TOKEN.equals(token)) {
                problems.add("TWILIO_AUTH_TOKEN (line.twilio.auth-token) is the simulator's public token");
            } else if (!TWILIO_TOKEN.matcher(token).matches()) {
                problems.add("TWILIO_AUTH_TOKEN (line.twilio.auth-token) is not a Twilio auth token (32 hex digits)");
            }
            // a resident's number may only cross Kafka under a key wrapped by a secret that is not in the topics
            if (environment.getProperty("line.residents.master-key", "").isBlank()) {
                problems.add("LINE_RESIDENT_MASTER_KEY (line.residents.master-key) is not set");
            }
            if (SIMULATOR_ACCOUNT.equals(environment.getProperty("line.twilio.account-sid"))) {
                problems.add("TWILIO_ACCOUNT_SID (line.twilio.account-sid) is the simulator's account");
            }
            httpsOnly(problems, "TWILIO_API_BASE_URL (line.twilio.api-base-url)",
                    environment.getProperty("line.twilio.api-base-url", ""));
        }
        for (String name : publicUrlProperties()) {
            httpsOnly(problems, "the public URL " + name, environment.getProperty(name, ""));
        }
        return problems;
    }

    private static void httpsOnly(List<String> problems, String what, String url) {
        if (!url.startsWith("https://")) {
            problems.add(what + " is '" + url + "': Twilio and the line must talk over https");
        }
    }

    /** Every {@code line.*public-url} setting (DISPATCH_PUBLIC_URL, NOTIFICATION_PUBLIC_URL, ...). */
    private TreeSet<String> publicUrlProperties() {
        TreeSet<String> names = new TreeSet<>();
        ConfigurationPropertySources.get(environment).forEach(source -> {
            if (source instanceof IterableConfigurationPropertySource iterable) {
                iterable.stream().map(Object::toString)
                        .filter(name -> name.startsWith("line.") && name.endsWith("public-url"))
                        .forEach(names::add);
            }
        });
        return names;
    }
}
