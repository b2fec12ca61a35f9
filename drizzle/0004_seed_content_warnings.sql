-- Data fix: the built-in and demo scenarios that ask about a topic without carrying its content
-- warning (issue 12) get the missing warnings, as the seed files now have them. Adds only what is
-- missing, so it changes nothing on a database seeded after this change and keeps every warning an
-- admin added. Matched by slug; a slug that is not there (a database without demo data) is skipped.
UPDATE "scenarios" AS s
SET "content_warnings" = s."content_warnings" || ARRAY(
		SELECT w FROM unnest(fix.warnings) AS w WHERE w <> ALL (s."content_warnings")
	),
	"updated_at" = now()
FROM (VALUES
	('community-c1-condolences-to-a-colleague', ARRAY['medical-emergency']::text[]),
	('community-quiet-caller-after-the-breakup', ARRAY['substance-use', 'death-and-grief']::text[]),
	('crisis-abusive-caller-insults-script-warning', ARRAY['suicide', 'sexual-violence']::text[]),
	('crisis-adult-self-harm-relapse-chat', ARRAY['suicide']::text[]),
	('crisis-caregiver-burnout-dementia-mother-chat', ARRAY['death-and-grief', 'divorce']::text[]),
	('crisis-complex-multi-risk-custody-loss-handgun', ARRAY['death-and-grief', 'divorce']::text[]),
	('crisis-dv-chat-planning-to-leave', ARRAY['self-harm']::text[]),
	('crisis-emergent-risk-certification-call', ARRAY['substance-use', 'medical-emergency']::text[]),
	('crisis-ending-long-call-sister-argument', ARRAY['death-and-grief', 'divorce']::text[]),
	('crisis-escalating-chat-rage-at-former-boss', ARRAY['substance-use', 'firearms']::text[]),
	('crisis-farmer-after-crop-loss', ARRAY['substance-use']::text[]),
	('crisis-first-time-chatter-exam-stress', ARRAY['suicide']::text[]),
	('crisis-frequent-caller-call-plan', ARRAY['substance-use']::text[]),
	('crisis-midnight-panic-attack-dorm-room', ARRAY['suicide', 'medical-emergency']::text[]),
	('crisis-new-parent-intrusive-thoughts-chat', ARRAY['child-abuse']::text[]),
	('crisis-non-clinical-eviction-notice-food-pantry-chat', ARRAY['suicide']::text[]),
	('crisis-opioid-taper-pill-stockpile-chronic-pain', ARRAY['medical-emergency']::text[]),
	('crisis-pet-loss-senior-dog-euthanasia-chat', ARRAY['suicide', 'divorce']::text[]),
	('crisis-postpartum-intrusive-thoughts-newborn-chat', ARRAY['child-abuse']::text[]),
	('crisis-refugee-resettlement-night-shift-engineer', ARRAY['suicide']::text[]),
	('crisis-repeat-caller-personal-questions-call-plan', ARRAY['suicide']::text[]),
	('crisis-retired-machinist-isolation-rifles', ARRAY['substance-use', 'divorce']::text[]),
	('crisis-routine-check-in-lonely-evening', ARRAY['suicide', 'death-and-grief']::text[]),
	('crisis-routine-checkin-garden-plot-widower', ARRAY['suicide', 'death-and-grief']::text[]),
	('crisis-stop-lithium-songwriter-chat', ARRAY['suicide']::text[]),
	('crisis-stopped-antidepressant-cost', ARRAY['suicide', 'medical-emergency']::text[]),
	('crisis-urgent-dv-library-computer-handgun-chat', ARRAY['child-abuse']::text[]),
	('crisis-veteran-anniversary-night', ARRAY['divorce']::text[]),
	('crisis-vietnamese-interpreter-routing-worried-mother', ARRAY['firearms']::text[]),
	('lang-pharmacy-questions', ARRAY['substance-use']::text[]),
	('quest-the-inner-critic-courtroom', ARRAY['self-harm', 'bullying']::text[]),
	('quest-the-two-houses-council', ARRAY['death-and-grief']::text[])
) AS fix(slug, warnings)
WHERE s."slug" = fix.slug AND NOT (s."content_warnings" @> fix.warnings);
