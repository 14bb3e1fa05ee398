-- Sign-in throttling counts recent failures per e-mail address, also for addresses without an account.
create index audit_event_actor_email_idx on audit_event (lower(actor_email), action, occurred_at);
