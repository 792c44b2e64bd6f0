package nl.kcc.klantinteracties.notificatie;

import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotificatieConfiguration {}
