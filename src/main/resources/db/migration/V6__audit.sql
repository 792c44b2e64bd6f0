-- The audit trail (B8694): one entry per change of any object of either API, written in the transaction of the
-- change. Entries are never changed or removed: the database refuses it, whoever asks.
create table audit_entry (
    id            bigint generated always as identity primary key,
    uuid          uuid         not null unique,
    api           varchar(30)  not null,
    resource      varchar(50)  not null,
    object_uuid   uuid         not null,
    action        varchar(20)  not null,
    occurred_at   timestamptz  not null,
    application   varchar(200) not null,
    user_name     varchar(200) not null default '',
    request_id    varchar(100) not null,
    before        json,
    after         json
);
create index audit_entry_object on audit_entry (resource, object_uuid, id desc);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail cannot be changed or deleted' using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
