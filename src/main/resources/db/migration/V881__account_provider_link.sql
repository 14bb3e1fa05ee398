-- OpenID Connect sign-in: the provider's account (issuer and subject) an account is linked to, set at the first
-- sign-in through the provider. The pair is unique: one person at the provider is one GreenHub account.
alter table user_account
    add column provider_issuer  text,
    add column provider_subject text,
    add constraint user_account_provider_link_complete
        check ((provider_issuer is null) = (provider_subject is null));

create unique index user_account_provider_link on user_account (provider_issuer, provider_subject)
    where provider_issuer is not null;
