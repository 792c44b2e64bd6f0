-- The werkplek gives every contact it registers a referentienummer the klant can quote. The count starts again each
-- year, so the numbers stay short; a row per year, taken with the contact's own transaction, so a refused save uses no
-- number.
create table referentienummer_teller (
    jaar    integer primary key,
    laatste bigint  not null
);
