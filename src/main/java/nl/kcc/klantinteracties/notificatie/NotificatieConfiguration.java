package nl.kcc.klantinteracties.notificatie;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificatieSettings.class)
class NotificatieConfiguration {}
