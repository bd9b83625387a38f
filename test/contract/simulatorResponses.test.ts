/*
 * Contract test: the simulator's responses (and the requests these tests send) are validated against
 * Pinterest's official OpenAPI description with ajv. The OpenAPI file is not part of the project:
 * PINTEREST_OPENAPI or ../shared/pinterest/openapi-v5.yaml (relative to the repo root).
 *
 * The tests are grouped by resource in simulatorResponses/ and all run here, against one simulator, in
 * this order: the last test checks that the groups together exercised every implemented operation with
 * success and error statuses. Without the OpenAPI file the whole suite is skipped with a message.
 */
import { accountTests } from './simulatorResponses/account';
import { boardTests } from './simulatorResponses/boards';
import { faultAndCoverageTests } from './simulatorResponses/coverage';
import { mediaAndSearchTests } from './simulatorResponses/mediaSearch';
import { pinTests } from './simulatorResponses/pins';
import { describeIfSpec, useContractSim } from './simulatorResponses/setup';
import { trendTests } from './simulatorResponses/trends';
import { validatorTests } from './simulatorResponses/validator';
import { websiteTests } from './simulatorResponses/websites';

describeIfSpec('simulator contract vs. official OpenAPI (Pinterest v5)', () => {
	const ctx = useContractSim();
	validatorTests(ctx);
	accountTests(ctx);
	boardTests(ctx);
	pinTests(ctx);
	mediaAndSearchTests(ctx);
	trendTests(ctx);
	websiteTests(ctx);
	faultAndCoverageTests(ctx);
});
