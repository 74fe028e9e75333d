-- Where each kind of non-complaint goes (ADMIN-maintained); defaults a municipality starts with.
create table routing_rule (
    kind        varchar(30) primary key,
    destination varchar(200) not null,
    description text
);

insert into routing_rule (kind, destination, description) values
    ('REPORT', 'Meldingen openbare ruimte', 'Meldingen gaan naar het meldingenproces (MOR).'),
    ('OBJECTION', 'Team bezwaar en beroep', 'Bezwaarschriften naar het bezwaarteam; de ontvangstdatum blijft gelden voor de bezwaartermijn.'),
    ('WOO_REQUEST', 'Woo-coördinator', 'Woo-verzoeken naar de Woo-coördinator (beslistermijn 4 weken + 2).'),
    ('LIABILITY_CLAIM', 'Schadedesk (aansprakelijkstellingen)', 'Aansprakelijkstellingen naar de schadedesk.'),
    ('INFORMATION_REQUEST', 'Klantcontactcentrum', 'Vragen worden beantwoord door het klantcontactcentrum.'),
    ('OTHER', 'Postkamer', 'Overige berichten naar de postkamer ter verdere verdeling.');
