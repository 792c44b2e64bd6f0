-- The notification outbox: every message about a change, written in the transaction of the change, so that a change
-- that commits has its messages and one that rolls back has none. One row per message and destination; the
-- dispatcher delivers the rows and keeps delivered ones for a while before pruning them.
create table notificatie_outbox (
    id               bigint generated always as identity primary key,
    -- the message's identity for receivers that deduplicate; the same for every destination of one message
    message_id       uuid          not null,
    -- 'notificaties-api' (resolved from the settings when sending) or the URL of a CloudEvents subscriber
    destination      varchar(1000) not null,
    kind             varchar(20)   not null,
    -- messages about one object reach one destination in the order of their ids
    object_uuid      uuid          not null,
    -- json, not jsonb: the message is sent exactly as it was written, member order included
    payload          json          not null,
    status           varchar(20)   not null default 'pending',
    attempts         integer       not null default 0,
    created_at       timestamptz   not null,
    next_attempt_at  timestamptz   not null,
    delivered_at     timestamptz,
    failed_at        timestamptz,
    last_error       varchar(2000),
    constraint notificatie_outbox_once_per_destination unique (message_id, destination),
    constraint notificatie_outbox_kind check (kind in ('notificatie', 'cloudevent')),
    constraint notificatie_outbox_status check (status in ('pending', 'delivered', 'failed'))
);
create index notificatie_outbox_due on notificatie_outbox (next_attempt_at, id) where status = 'pending';
create index notificatie_outbox_object on notificatie_outbox (object_uuid, destination, id) where status = 'pending';
create index notificatie_outbox_delivered on notificatie_outbox (delivered_at) where status = 'delivered';
create index notificatie_outbox_failed on notificatie_outbox (id) where status = 'failed';
