-- The werkplek finds a klant by a telephone number however it was written down or is shown by the telephone system:
-- 0632760638, 06-32760638, +31 6 32760638 and 0031632760638 are one number. What is compared is the number without
-- separators and without the Dutch trunk prefix 0 or country prefix +31/0031; other countries keep their + prefix.
create function telefoon_kern(adres text) returns text
    language sql immutable strict parallel safe
    return regexp_replace(regexp_replace(adres, '[^0-9+]', '', 'g'), '^(\+31|0031|0)', '');

create index digitaal_adres_telefoon_kern on digitaal_adres (telefoon_kern(adres))
    where soort_digitaal_adres = 'telefoonnummer';
