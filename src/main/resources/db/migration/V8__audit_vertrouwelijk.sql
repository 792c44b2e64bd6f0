-- Whether the object of an audit entry was, at that change, hidden from callers without the vertrouwelijk scope: such
-- entries are left out of the audit trail for those callers.
alter table audit_entry add column vertrouwelijk boolean not null default false;
