package nl.openklacht.platform;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Flyway refuses a non-empty schema without its history table, and the process engine creates its {@code ACT_*}
 * tables as soon as it starts. So the engine waits for Flyway: every process engine bean depends on the Flyway
 * initializer.
 */
@Component
class FlywayBeforeProcessEngine implements BeanFactoryPostProcessor {

    private static final String FLYWAY = "flywayInitializer";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!beanFactory.containsBeanDefinition(FLYWAY)) {
            return;
        }
        for (String name : beanFactory.getBeanDefinitionNames()) {
            if (name.equals("processEngine") || name.endsWith("processEngineConfiguration")) {
                var definition = beanFactory.getBeanDefinition(name);
                String[] current = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
                definition.setDependsOn(Stream.concat(Arrays.stream(current), Stream.of(FLYWAY))
                        .distinct()
                        .toArray(String[]::new));
            }
        }
    }
}
