'use strict';
// Seed data: sim.seed({ boards, pinsPerBoard, ... }) and the demo account of sim.seedDemo().

const pad = (n, width) => String(n).padStart(width, '0');

/** Generated boards, sections, pins, followers, followed users and boards, interests. */
function seed(core, spec = {}) {
	const { sim, store } = core;
	const out = { boards: [], pins: [], followers: [] };
	const nBoards = spec.boards || 0;
	for (let b = 0; b < nBoards; b++) {
		const board = store.insertBoard({
			name: `Board ${b + 1}`,
			description: `Seeded board ${b + 1}`,
		});
		out.boards.push(board.id);
		for (let s = 0; s < (spec.sectionsPerBoard || 0); s++) {
			store.insertSection(board.id, { name: `Section ${s + 1}` });
		}
		for (let p = 0; p < (spec.pinsPerBoard || 0); p++) {
			const pin = store.insertPin({
				board_id: board.id,
				title: `Pin ${b + 1}.${p + 1}`,
				description: `Seeded pin ${p + 1} on board ${b + 1}`,
			});
			out.pins.push(pin.id);
		}
	}
	for (let i = 0; i < (spec.followers || 0); i++) {
		out.followers.push(store.insertUser(sim.state.followers, `follower_${pad(i + 1, 4)}`).username);
	}
	for (let i = 0; i < (spec.following || 0); i++) {
		const flags = { creator: i % 3 === 0, explicit: i % 4 !== 3 };
		store.insertUser(sim.state.following, `followed_${pad(i + 1, 4)}`, flags);
	}
	for (let i = 0; i < (spec.followingBoards || 0); i++) {
		sim.addFollowingBoard({ name: `Followed board ${i + 1}` });
	}
	for (let i = 0; i < (spec.interests || 0); i++) sim.addInterest({ name: `Interest ${i + 1}` });
	return out;
}

const TOPICS = [
	[
		'Weeknight Recipes',
		'Quick dinners and easy recipes',
		'PUBLIC',
		['pasta', 'curry', 'salad', 'tacos', 'soup', 'risotto'],
	],
	[
		'Travel Ideas',
		'Places to visit',
		'PUBLIC',
		['beach', 'mountain', 'city', 'island', 'desert', 'lake'],
	],
	[
		'Home Decor',
		'Cozy living rooms and kitchens',
		'PUBLIC',
		['sofa', 'lamp', 'rug', 'shelf', 'plant', 'mirror'],
	],
	[
		'Gift Plans',
		'Secret gift ideas',
		'SECRET',
		['watch', 'scarf', 'book', 'candle', 'mug', 'puzzle'],
	],
	[
		'Garden Projects',
		'Vegetables, flowers and DIY',
		'PUBLIC',
		['tomato', 'rose', 'herb', 'compost', 'trellis', 'tulip'],
	],
];
const FOLLOWING = [
	'maker_studio',
	'recipe_daily',
	'travel_diaries',
	'garden_guru',
	'decor_digest',
	'photo_pal',
	'craft_corner',
	'style_notes',
];
const FOLLOWED_BOARDS = [
	['Street food', 'recipe_daily'],
	['Minimalist homes', 'decor_digest'],
	['Alpine hikes', 'travel_diaries'],
];
const INTERESTS = ['Home decor', 'Food and drinks', 'Travel', 'Gardening', 'DIY and crafts'];

/**
 * The demo account: 5 boards (one SECRET), 2 sections on "Travel Ideas", 60 pins, 30 followers,
 * 8 followed users, 3 followed boards, 5 interests; created an hour apart from 60 days ago.
 */
function seedDemo(core) {
	const { sim, store } = core;
	const start = core.now() - 60 * 86400000;
	let t = 0;
	const at = () => new Date(start + t++ * 3600000).toISOString();
	const boards = TOPICS.map(([name, description, privacy]) =>
		store.insertBoard({ name, description, privacy, created_at: at() }),
	);
	const travel = boards[1];
	const sections = [
		store.insertSection(travel.id, { name: 'Europe', created_at: at() }),
		store.insertSection(travel.id, { name: 'Asia', created_at: at() }),
	];
	let n = 0;
	for (let round = 0; round < 12; round++) {
		boards.forEach((b, bi) => {
			const words = TOPICS[bi][3];
			const w = words[round % words.length];
			n += 1;
			store.insertPin({
				board_id: b.id,
				board_section_id: bi === 1 && round % 3 !== 2 ? sections[round % 3].id : null,
				title: `${w.charAt(0).toUpperCase()}${w.slice(1)} idea ${round + 1}`,
				description: `A ${w} pin for ${TOPICS[bi][0].toLowerCase()} (#${n}).`,
				link: `https://example.com/${encodeURIComponent(w)}/${n}`,
				alt_text: `Picture of a ${w}`,
				image_url: `/__img/${n}.jpg`,
				created_at: at(),
			});
		});
	}
	for (let i = 1; i <= 30; i++) {
		store.insertUser(sim.state.followers, `follower_${pad(i, 2)}`, { created_at: at() });
	}
	FOLLOWING.forEach((u, i) => {
		const flags = { creator: i % 2 === 0, explicit: i !== 5, created_at: at() };
		store.insertUser(sim.state.following, u, flags);
	});
	for (const [name, owner] of FOLLOWED_BOARDS)
		sim.addFollowingBoard({ name, owner, created_at: at() });
	for (const name of INTERESTS) sim.addInterest({ name, created_at: at() });
	return { boards: boards.map((b) => b.id), sections: sections.map((s) => s.id) };
}

module.exports = { seed, seedDemo };
