import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

// A real SMTP server on loopback for tests: it accepts every mail (no TLS, no auth), parses it
// with mailparser and keeps what arrived. `mode` makes it misbehave: `stall` accepts the
// connection and never greets (a hung server), `reject` refuses every recipient (550).

export interface ReceivedMail {
	/** envelope recipients, lower-cased */
	to: string[];
	from: string;
	subject: string;
	text: string;
}

export type SmtpMode = 'accept' | 'stall' | 'reject';

export interface TestSmtpServer {
	url: string;
	mails: ReceivedMail[];
	mode: SmtpMode;
	/** the first mail (arrived or arriving within `timeoutMs`) that matches */
	waitFor(match: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
	/** every mail to `address` so far */
	to(address: string): ReceivedMail[];
	stop(): Promise<void>;
}

export async function startSmtpServer(): Promise<TestSmtpServer> {
	const mails: ReceivedMail[] = [];
	const stalled: ((error?: Error) => void)[] = [];
	const state = { mode: 'accept' as SmtpMode };
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		closeTimeout: 1000,
		onConnect(_session, callback) {
			if (state.mode === 'stall') stalled.push(callback);
			else callback();
		},
		onRcptTo(_address, _session, callback) {
			if (state.mode === 'reject') {
				const error = Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 });
				callback(error);
			} else callback();
		},
		onData(stream, session, callback) {
			simpleParser(stream)
				.then((parsed) => {
					mails.push({
						to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
						from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
						subject: parsed.subject ?? '',
						text: parsed.text ?? ''
					});
					callback();
				})
				.catch((error: Error) => callback(error));
		}
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	const address = server.server.address();
	if (!address || typeof address !== 'object') throw new Error('SMTP server has no port');

	return {
		url: `smtp://127.0.0.1:${address.port}`,
		mails,
		get mode() {
			return state.mode;
		},
		set mode(mode: SmtpMode) {
			state.mode = mode;
			if (mode !== 'stall') {
				for (const release of stalled.splice(0)) release(new Error('closing'));
			}
		},
		async waitFor(match, timeoutMs = 15_000) {
			const deadline = Date.now() + timeoutMs;
			for (;;) {
				const found = mails.find(match);
				if (found) return found;
				if (Date.now() > deadline) {
					throw new Error(
						`no matching mail in ${timeoutMs} ms; received: ${JSON.stringify(mails.map((m) => ({ to: m.to, subject: m.subject })))}`
					);
				}
				await new Promise((r) => setTimeout(r, 50));
			}
		},
		to(address) {
			return mails.filter((m) => m.to.includes(address.toLowerCase()));
		},
		async stop() {
			for (const release of stalled.splice(0)) release(new Error('closing'));
			await new Promise<void>((resolve) => server.close(() => resolve()));
		}
	};
}
