import { everyone, ownerOnlyHidden, signedIn, type AccessCase, type World } from './access';
import { ownersChild } from './access-family';

// The access matrix's rows for track.* and the account's mode (auth.mode, auth.setMode). Called
// by access.ts while it builds ACCESS (not at import time), so the outcome constants and
// fixtures it exports are ready by then.

/** A seeded track of that audience (the matrix's world is seeded). */
async function seededTrack(w: World, audience: 'learners' | 'children') {
	const list = (await w.call('anonymous', 'track.list')) as {
		id: string;
		slug: string;
		audience: string;
	}[];
	const track = list.find((t) => t.audience === audience);
	if (!track) throw new Error(`no seeded ${audience} track`);
	return track;
}

export function trackAccess(): Record<string, AccessCase | AccessCase[]> {
	return {
		'track.list': { access: everyone },
		'track.get': {
			access: everyone,
			input: async (w) => ({ slug: (await seededTrack(w, 'learners')).slug })
		},
		'track.enroll': {
			about: "a learners' track (enrolling twice is the same)",
			access: signedIn,
			input: async (w) => ({ trackId: (await seededTrack(w, 'learners')).id })
		},
		'track.enrollChild': {
			about: "the owner's child: anyone else's is NOT_FOUND",
			access: ownerOnlyHidden,
			input: async (w) => ({
				trackId: (await seededTrack(w, 'children')).id,
				childId: await ownersChild(w)
			})
		},
		'track.leave': [
			{
				about: 'a track only the owner is enrolled in',
				access: ownerOnlyHidden,
				input: async (w) => {
					const { id } = await seededTrack(w, 'learners');
					// Anyone else's earlier enrolment (from track.enroll's case) is left first.
					for (const who of ['learner', 'reviewer', 'admin'] as const) {
						await w.call(who, 'track.leave', { trackId: id }).catch(() => {});
					}
					await w.call('owner', 'track.enroll', { trackId: id });
					return { trackId: id };
				}
			},
			{
				about: "the owner's child's enrolment",
				access: ownerOnlyHidden,
				input: async (w) => {
					const trackId = (await seededTrack(w, 'children')).id;
					const childId = await ownersChild(w);
					await w.call('owner', 'track.enrollChild', { trackId, childId });
					return { trackId, childId };
				}
			}
		],
		'track.next': { access: signedIn },
		'auth.mode': { access: signedIn },
		'auth.setMode': {
			access: signedIn,
			input: async () => ({ mode: 'educational' })
		}
	};
}
