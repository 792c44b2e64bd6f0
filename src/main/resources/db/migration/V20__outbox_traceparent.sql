-- The W3C trace context of the request whose change a message is about, so that the receiver's work joins that
-- request's trace although the message is sent later, by the dispatcher.
alter table notificatie_outbox add column traceparent varchar(55);
