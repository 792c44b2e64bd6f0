-- The beheerder's audit search (/werkplek/beheer/audit) looks changes up by object without knowing its resource, by
-- who made them and by period; without these it reads the whole trail, which only grows.
create index audit_entry_object_uuid on audit_entry (object_uuid, id desc);
create index audit_entry_user_name on audit_entry (lower(user_name), id desc) where user_name <> '';
create index audit_entry_application on audit_entry (lower(application), id desc);
create index audit_entry_occurred_at on audit_entry (occurred_at);
