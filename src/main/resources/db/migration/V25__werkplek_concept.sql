-- What a medewerker has typed in a werkplek form and not yet saved, so that a session that ends during a long call
-- does not take it along. One per medewerker and form, overwritten while they type, removed when the form is saved,
-- and left unused after klantinteracties.werkplek.concept-bewaartijd (it holds what a klant said).
create table werkplek_concept (
    gebruikersnaam varchar(150) not null,
    formulier      varchar(50)  not null,
    inhoud         jsonb        not null,
    bijgewerkt     timestamptz  not null,
    primary key (gebruikersnaam, formulier)
);
