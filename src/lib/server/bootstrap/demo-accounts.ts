import type { Role } from '../../schemas/enums';

// Demo accounts, created only on the embedded database or with `db:seed -- --demo`.
// The README lists them; never seed them into a production database.

export interface DemoAccount {
	key: string;
	email: string;
	displayName: string;
	role: Role;
	password: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
	{
		key: 'learner',
		email: 'learner@scenariohub.test',
		displayName: 'Sam Rivera',
		role: 'learner',
		password: 'learner-pass-2026'
	},
	{
		key: 'reviewer',
		email: 'reviewer@scenariohub.test',
		displayName: 'Dr. Ana Ruiz',
		role: 'reviewer',
		password: 'reviewer-pass-2026'
	},
	{
		key: 'reviewer2',
		email: 'reviewer2@scenariohub.test',
		displayName: 'Dr. Kofi Mensah',
		role: 'reviewer',
		password: 'reviewer-pass-2026'
	},
	{
		key: 'admin',
		email: 'admin@scenariohub.test',
		displayName: 'Alex Morgan',
		role: 'admin',
		password: 'admin-pass-2026'
	},
	{
		key: 'maya',
		email: 'maya@scenariohub.test',
		displayName: 'Maya Chen',
		role: 'learner',
		password: 'author-pass-2026'
	},
	{
		key: 'dev',
		email: 'dev@scenariohub.test',
		displayName: 'Dev Patel',
		role: 'learner',
		password: 'author-pass-2026'
	},
	{
		key: 'lena',
		email: 'lena@scenariohub.test',
		displayName: 'Lena Novak',
		role: 'learner',
		password: 'author-pass-2026'
	}
];

const CROWD_NAMES = [
	'Jordan Blake',
	'Priya Nair',
	'Tomás Herrera',
	'Aisha Bello',
	'Mei Tanaka',
	'Oliver Grant',
	'Fatima Zahra',
	'Liam O’Connor',
	'Sofia Rossi',
	'Kwame Asante',
	'Hannah Weber',
	'Diego Alvarez',
	'Yuki Sato',
	'Noah Fischer',
	'Amara Okafor',
	'Elena Petrova'
];

/** Other learners whose progress gives the rankings something to rank. */
export const CROWD_ACCOUNTS: DemoAccount[] = CROWD_NAMES.map((displayName, i) => ({
	key: `crowd${i + 1}`,
	email: `learner${String(i + 1).padStart(2, '0')}@scenariohub.test`,
	displayName,
	role: 'learner',
	password: 'crowd-pass-2026'
}));
