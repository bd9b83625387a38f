/**
 * What the editor and n8n read of the three nodes and the three credentials, as JSON (functions drop out),
 * compared with test/fixtures/descriptions.json. A change to a field, an option, a default or a
 * route shows up here; when it is meant, regenerate the fixture and say why in the commit:
 *   UPDATE_DESCRIPTION_SNAPSHOT=1 npx jest test/node/descriptionSnapshot.test.ts
 */
import { PinterestApi } from '../../credentials/PinterestApi.credentials';
import { PinterestFeedLocationApi } from '../../credentials/PinterestFeedLocationApi.credentials';
import { PinterestOAuth2Api } from '../../credentials/PinterestOAuth2Api.credentials';
import { Pinterest } from '../../nodes/Pinterest/Pinterest.node';
import { PinterestLeadAdsTrigger } from '../../nodes/Pinterest/PinterestLeadAdsTrigger.node';
import { PinterestTrigger } from '../../nodes/Pinterest/PinterestTrigger.node';
import { env, fs, path, repoRoot } from '../helpers/system';

const FIXTURE = path.join(repoRoot, 'test', 'fixtures', 'descriptions.json');

function snapshot(): string {
	const described = {
		pinterest: new Pinterest().description,
		pinterestTrigger: new PinterestTrigger().description,
		pinterestLeadAdsTrigger: new PinterestLeadAdsTrigger().description,
		pinterestOAuth2Api: { ...new PinterestOAuth2Api() },
		pinterestApi: { ...new PinterestApi() },
		pinterestFeedLocationApi: { ...new PinterestFeedLocationApi() },
	};
	return JSON.stringify(described, null, '\t') + '\n';
}

test('node and credential descriptions are unchanged (test/fixtures/descriptions.json)', () => {
	const now = snapshot();
	if (env.UPDATE_DESCRIPTION_SNAPSHOT === '1') fs.writeFileSync(FIXTURE, now);
	expect(JSON.parse(now)).toEqual(JSON.parse(fs.readFileSync(FIXTURE, 'utf8')));
});
