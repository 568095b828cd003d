import { deployPlan } from '../plan';

describe('npm run deploy and npm run deploy:fr', () => {
    it('deploy force-app with the flags given, after checking the committed bundles', () => {
        expect(deployPlan(['--target-org', 'my-org'])).toEqual({
            sourceDir: 'force-app',
            checkBundles: true,
            sfArgs: [
                'project',
                'deploy',
                'start',
                '--source-dir',
                'force-app',
                '--target-org',
                'my-org',
            ],
        });
    });

    it('deploy the French translation alone with --french', () => {
        expect(deployPlan(['--french', '--target-org', 'my-org', '--dry-run'])).toEqual({
            sourceDir: 'force-app-fr',
            checkBundles: false,
            sfArgs: [
                'project',
                'deploy',
                'start',
                '--source-dir',
                'force-app-fr',
                '--target-org',
                'my-org',
                '--dry-run',
            ],
        });
    });

    it.each([['--source-dir', 'force-app-fr'], ['-d=force-app'], ['--manifest', 'package.xml']])(
        'refuse to deploy something else (%s)',
        (...argv) => {
            expect(() => deployPlan(argv)).toThrow(/npm run deploy deploys force-app/);
        },
    );
});
