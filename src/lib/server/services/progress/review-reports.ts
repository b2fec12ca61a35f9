import { sql } from 'drizzle-orm';
import type { ReportAction } from '../../../schemas/moderation';
import { queryRows, type Executor, sqlBoolean } from '../../db/client';
import { AppError } from '../../errors';
import { recordAudit } from '../audit/record';
import { requireViewable, type Viewer } from '../catalog/detail';
import { reviewKeys } from './review-keys';

// Reports of public reviews and their moderation. A learner reports someone else's review by
// its opaque key (resolved here, on the server); an admin hides the review or dismisses the
// reports. Hiding sets `user_scenario_progress.review_hidden_at`, which is why this lives in
// services/progress/ (the only writer of that table). A hidden review's rating still counts:
// the text is what was reported. The hide sticks to the author's review of that scenario:
// editing the text, or removing the rating and writing again, does not bring it back.

const noSuchReview = () => new AppError('NOT_FOUND', 'That review is no longer shown');

/**
 * Files the caller's report of a public review. NOT_FOUND when the key names no review shown
 * on that scenario (removed, hidden, its author disabled), FORBIDDEN for one's own review,
 * CONFLICT when the caller already reported it (one report per reporter and review).
 */
export async function reportReview(
	db: Executor,
	reporter: Viewer,
	input: { scenarioId: string; reviewKey: string; reason: string }
): Promise<{ reported: true }> {
	const keys = await reviewKeys(db);
	return db.transaction(async (tx) => {
		await requireViewable(tx, reporter, input.scenarioId);
		// The scenario's shown reviews (plus the caller's own, to say why it cannot be reported).
		const candidates = await queryRows<{ user_id: string }>(
			tx,
			sql`select p.user_id from user_scenario_progress p join users u on u.id = p.user_id
				where p.scenario_id = ${input.scenarioId} and p.user_rating is not null
					and p.review_text is not null
					and ((p.review_hidden_at is null and u.disabled_at is null) or p.user_id = ${reporter.id})`
		);
		const author = candidates.find((c) =>
			keys.matches(input.reviewKey, input.scenarioId, c.user_id)
		);
		if (!author) throw noSuchReview();
		if (author.user_id === reporter.id) {
			throw new AppError('FORBIDDEN', 'You cannot report your own review');
		}
		// Held until commit: a moderator hiding it meanwhile waits, then sees this report.
		const [shown] = await queryRows<{ user_id: string }>(
			tx,
			sql`select p.user_id from user_scenario_progress p join users u on u.id = p.user_id
				where p.user_id = ${author.user_id} and p.scenario_id = ${input.scenarioId}
					and p.review_text is not null and p.review_hidden_at is null and u.disabled_at is null
				for share of p`
		);
		if (!shown) throw noSuchReview();
		const [created] = await queryRows<{ id: string }>(
			tx,
			sql`insert into review_reports (scenario_id, review_author_id, reporter_id, reason)
				values (${input.scenarioId}, ${author.user_id}, ${reporter.id}, ${input.reason})
				on conflict (scenario_id, review_author_id, reporter_id) do nothing
				returning id`
		);
		if (!created) throw new AppError('CONFLICT', 'You already reported this review');
		return { reported: true as const };
	});
}

export interface ReportedReview {
	/** the oldest open report: the one `admin.reviews.resolve` takes (it resolves them all) */
	reportId: string;
	scenario: { id: string; slug: string; title: string };
	authorName: string;
	authorDisabled: boolean;
	/** null when the author removed it since it was reported */
	review: {
		rating: number;
		text: string | null;
		ratedAt: Date | null;
		hidden: boolean;
		completed: boolean;
	} | null;
	reports: { id: string; reason: string; createdAt: Date }[];
}

const REPORTS_PAGE = 100;

/**
 * Open reports for admins, one item per reported review (oldest first), with the review as it
 * reads now and every open reason. Reporters are not named: what counts is the review.
 */
export async function listOpenReports(
	db: Executor
): Promise<{ items: ReportedReview[]; openReports: number; reportedReviews: number }> {
	const rows = await queryRows<{
		scenario_id: string;
		slug: string;
		title: string;
		author_name: string;
		author_disabled: boolean | string;
		user_rating: number | null;
		review_text: string | null;
		rated_at: Date | string | null;
		hidden: boolean | string | null;
		completed: boolean | string | null;
		reports: { id: string; reason: string; createdAt: string }[] | string;
	}>(
		db,
		sql`with open as (
				select r.scenario_id, r.review_author_id, min(r.created_at) as first_at,
					json_agg(json_build_object('id', r.id, 'reason', r.reason, 'createdAt', r.created_at)
						order by r.created_at, r.id) as reports
				from review_reports r where r.resolved_at is null
				group by r.scenario_id, r.review_author_id
			)
			select o.scenario_id, s.slug, s.title, u.display_name as author_name,
				u.disabled_at is not null as author_disabled, p.user_rating, p.review_text, p.rated_at,
				p.review_hidden_at is not null as hidden, p.times_completed > 0 as completed, o.reports
			from open o
			join scenarios s on s.id = o.scenario_id
			join users u on u.id = o.review_author_id
			left join user_scenario_progress p
				on p.user_id = o.review_author_id and p.scenario_id = o.scenario_id
			order by o.first_at, o.scenario_id, o.review_author_id
			limit ${REPORTS_PAGE}`
	);
	const [totals] = await queryRows<{ reports: number; reviews: number }>(
		db,
		sql`select count(*)::int as reports,
				count(distinct (scenario_id, review_author_id))::int as reviews
			from review_reports where resolved_at is null`
	);
	return {
		items: rows.map((r) => {
			const reports = (typeof r.reports === 'string' ? JSON.parse(r.reports) : r.reports) as {
				id: string;
				reason: string;
				createdAt: string;
			}[];
			return {
				reportId: reports[0].id,
				scenario: { id: r.scenario_id, slug: r.slug, title: r.title },
				authorName: r.author_name,
				authorDisabled: sqlBoolean(r.author_disabled),
				review:
					r.user_rating === null || r.user_rating === undefined
						? null
						: {
								rating: Number(r.user_rating),
								text: r.review_text,
								ratedAt: r.rated_at ? new Date(r.rated_at) : null,
								hidden: sqlBoolean(r.hidden),
								completed: sqlBoolean(r.completed)
							},
				reports: reports.map((x) => ({
					id: x.id,
					reason: x.reason,
					createdAt: new Date(x.createdAt)
				}))
			};
		}),
		openReports: Number(totals?.reports ?? 0),
		reportedReviews: Number(totals?.reviews ?? 0)
	};
}

/**
 * An admin's decision on a report, for the review it names: `hide` hides the review from
 * everyone but its author, `dismiss` keeps it shown. Either resolves every open report of that
 * review (the decision is about the review, not one reporter), in one audited transaction.
 * CONFLICT when the report was already resolved.
 */
export async function resolveReport(
	db: Executor,
	actorId: string,
	input: { reportId: string; action: ReportAction }
): Promise<{ resolution: 'hidden' | 'dismissed'; resolvedReports: number; hidden: boolean }> {
	const resolution = input.action === 'hide' ? 'hidden' : 'dismissed';
	return db.transaction(async (tx) => {
		const [report] = await queryRows<{
			scenario_id: string;
			review_author_id: string;
			resolved_at: Date | string | null;
			resolution: string | null;
		}>(
			tx,
			sql`select scenario_id, review_author_id, resolved_at, resolution from review_reports
				where id = ${input.reportId} for update`
		);
		if (!report) throw new AppError('NOT_FOUND', 'No report with that id');
		if (report.resolved_at) {
			throw new AppError('CONFLICT', `This report was already resolved (${report.resolution})`, {
				resolution: report.resolution
			});
		}
		let hidden = false;
		let reviewText: string | null = null;
		if (input.action === 'hide') {
			const [row] = await queryRows<{ review_text: string | null }>(
				tx,
				sql`update user_scenario_progress set review_hidden_at = now(), updated_at = now()
					where user_id = ${report.review_author_id} and scenario_id = ${report.scenario_id}
						and review_hidden_at is null
					returning review_text`
			);
			hidden = Boolean(row);
			reviewText = row?.review_text ?? null;
		}
		const resolved = await queryRows<{ id: string; reason: string }>(
			tx,
			sql`update review_reports set resolved_at = now(), resolved_by = ${actorId},
					resolution = ${resolution}
				where scenario_id = ${report.scenario_id} and review_author_id = ${report.review_author_id}
					and resolved_at is null
				returning id, reason`
		);
		const [context] = await queryRows<{ slug: string; author_name: string }>(
			tx,
			sql`select s.slug, u.display_name as author_name from scenarios s, users u
				where s.id = ${report.scenario_id} and u.id = ${report.review_author_id}`
		);
		await recordAudit(tx, {
			actorId,
			action: input.action === 'hide' ? 'review.hide' : 'review.report.dismiss',
			entityType: 'review',
			entityId: input.reportId,
			before: {
				scenarioId: report.scenario_id,
				scenario: context?.slug,
				authorId: report.review_author_id,
				author: context?.author_name,
				reasons: resolved.map((r) => r.reason)
			},
			after: {
				resolution,
				resolvedReports: resolved.map((r) => r.id),
				...(input.action === 'hide' ? { hiddenText: reviewText, newlyHidden: hidden } : {})
			}
		});
		return { resolution, resolvedReports: resolved.length, hidden };
	});
}
