import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client';
import { env } from '../../env';
import { logger } from '../../logger';
import { appLink } from '../../mail/links';
import { sendMail } from '../../mail/outbox';
import { feedbackAnsweredMail } from '../../mail/templates';
import { mailTransport, type MailTransport } from '../../mail/transport';

// "When mail is configured": the in-app notification always exists; a mail goes out only with
// SMTP, to a confirmed address. Without SMTP the outbox would only collect copies nobody reads
// (it is how account links reach people in development, not a notification channel).

export async function mailAnswered(
	db: Executor,
	learnerId: string,
	attemptId: string,
	origin: string | undefined,
	transport: MailTransport = mailTransport()
) {
	if (transport.kind !== 'smtp') return;
	const [learner] = await queryRows<{
		email: string;
		display_name: string;
		verified: boolean;
		title: string;
	}>(
		db,
		sql`select u.email, u.display_name, u.email_verified_at is not null as verified, s.title
			from users u, scenario_attempts a join scenarios s on s.id = a.scenario_id
			where u.id = ${learnerId} and a.id = ${attemptId}`
	);
	if (!learner?.verified) return;
	const base = env().ORIGIN || origin;
	if (!base) {
		logger.warn('feedback mail not sent: no ORIGIN to link to', { attemptId });
		return;
	}
	try {
		await sendMail(
			db,
			{
				to: learner.email,
				purpose: 'notification',
				...feedbackAnsweredMail({
					displayName: learner.display_name,
					scenarioTitle: learner.title,
					link: appLink(base, `/attempts/${attemptId}`)
				})
			},
			transport
		);
	} catch (error) {
		// The answer is saved and the learner notified in the app; a mail problem changes neither.
		logger.warn('feedback mail not queued', { attemptId, error });
	}
}
