-- The W3C trace context of the request whose change a message is about, so that the receiver's work joins that
-- request's trace although the message is sent later, by the dispatcher.
alter table notificatie_outbox add column traceparent varchar(55);

-- Werkplek sessions, shared by every instance of the register (Spring Session JDBC reads and writes these tables by
-- these names; the ids are its own random uuids as text, the times epoch milliseconds).
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval integer      not null,
    expiry_time           bigint       not null,
    -- what the authentication calls its name; for a medewerker that is the whole principal written out, so no limit
    principal_name        text,
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null references spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name)
);
