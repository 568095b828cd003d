import fs from 'node:fs';
import path from 'node:path';
import { FORCE_APP_DIR, LWC_SOURCE_DIR } from '../../build/paths';
import { readApexFiles } from '../apexSource';
import type { ApexFile } from '../apexSource';
import {
    DTO_NAMES,
    apexImports,
    contractProblems,
    projectContractProblems,
    readContract,
} from '../apexContract';

const contract = readContract(
    fs.readFileSync(path.join(LWC_SOURCE_DIR, 'raDomain', 'apexContract.ts'), 'utf8'),
    fs.readFileSync(path.join(LWC_SOURCE_DIR, 'types', 'apex.d.ts'), 'utf8'),
);
const projectFiles = readApexFiles(FORCE_APP_DIR);
const controllerSource =
    projectFiles.find((file) => file.name === 'ResaleAuthorizationController.cls')?.source ?? '';

/** The project's Apex with the controller replaced. */
function withController(source: string): ApexFile[] {
    return [
        ...projectFiles.filter((file) => file.name !== 'ResaleAuthorizationController.cls'),
        { name: 'ResaleAuthorizationController.cls', source },
    ];
}

function problemsWith(apexFiles: ApexFile[]): string[] {
    return contractProblems({
        imports: apexImports(LWC_SOURCE_DIR),
        contract,
        apexFiles,
        controllerClassName: 'ResaleAuthorizationController',
        dtoClassName: 'ResaleAuthorizationDtos',
        dtoNames: DTO_NAMES,
    });
}

describe('the Apex contract', () => {
    it('reads the keys the components pass to each method', () => {
        expect(contract.methods.get('listResaleAuthorizations')?.parameterNames).toEqual([
            'searchTerm',
            'statuses',
            'productId',
            'sellerAccount',
            'sortBy',
            'sortDirection',
            'pageSize',
            'cursor',
        ]);
        expect(contract.methods.get('saveDraft')?.parameterNames).toEqual(['draft']);
        expect(contract.methods.get('syncProducts')?.parameterNames).toEqual(['sellerAccount']);
        expect(contract.methods.get('listProducts')?.wired).toBe(true);
        expect(contract.shapes.get('ResaleAuthorizationDetail')).toEqual(
            expect.arrayContaining(['recordId', 'displayStatus', 'history', 'createdByName']),
        );
    });

    it('finds the components’ imports', () => {
        const methods = new Set(apexImports(LWC_SOURCE_DIR).map((i) => i.methodName));
        expect(methods).toEqual(
            new Set([
                'listResaleAuthorizations',
                'getExpiryRadar',
                'getResaleAuthorization',
                'completeStatusRefresh',
                'listProducts',
                'listSellerAccounts',
                'saveDraft',
                'deleteDraft',
                'getAwsAccount',
                'prepareChangeSet',
                'claimSend',
                'discardChange',
                'sendChangeSet',
                'refreshStatus',
                'getCloneSource',
                'uploadLegalDocument',
                'syncProducts',
                'getProductSync',
                'getImportProgress',
                'startImport',
            ]),
        );
    });

    it('matches the Apex controller and DTO classes of the project', () => {
        expect(projectContractProblems(LWC_SOURCE_DIR, projectFiles)).toEqual([]);
    });

    it('fails on a controller that does not parse', () => {
        expect(problemsWith(withController(controllerSource.replace('{', '{ {{')))).toEqual(
            expect.arrayContaining([expect.stringContaining('does not parse')]),
        );
    });

    it('fails on a missing method', () => {
        const renamed = controllerSource.replace(
            'ResaleAuthorizationDtos.RefreshResult refreshStatus(',
            'ResaleAuthorizationDtos.RefreshResult refresh(',
        );
        expect(problemsWith(withController(renamed))).toEqual(
            expect.arrayContaining(['ResaleAuthorizationController.refreshStatus: no such method']),
        );
    });

    it('fails on a parameter name that differs from the contract key', () => {
        const renamed = controllerSource.replace('String changeSetJson', 'String changeSet');
        expect(renamed).not.toEqual(controllerSource);
        expect(problemsWith(withController(renamed))).toEqual(
            expect.arrayContaining([
                expect.stringMatching(
                    /^ResaleAuthorizationController\.prepareChangeSet: parameters/,
                ),
            ]),
        );
    });

    it('fails on a method that is not static, not @AuraEnabled or not cacheable when wired', () => {
        const changed = controllerSource
            .replace(
                'public static ResaleAuthorizationDtos.CloneSource',
                'public ResaleAuthorizationDtos.CloneSource',
            )
            .replaceAll('@AuraEnabled(cacheable=true)', '@AuraEnabled')
            .replace(
                /@AuraEnabled\s+public static ResaleAuthorizationDtos.ProductSyncProgress syncProducts/,
                'public static ResaleAuthorizationDtos.ProductSyncProgress syncProducts',
            );
        expect(problemsWith(withController(changed))).toEqual(
            expect.arrayContaining([
                'ResaleAuthorizationController.getCloneSource: must be public static',
                'ResaleAuthorizationController.listProducts: used with @wire, must be cacheable=true',
                'ResaleAuthorizationController.getExpiryRadar: used with @wire, must be cacheable=true',
                'ResaleAuthorizationController.syncProducts: must be @AuraEnabled',
            ]),
        );
    });

    it('fails when a DTO field differs from its interface', () => {
        const dtos = projectFiles.find((file) => file.name === 'ResaleAuthorizationDtos.cls');
        const broken = (dtos?.source ?? '').replace(
            'public String fileName;',
            'public String name;',
        );
        const files = [
            ...projectFiles.filter((file) => file.name !== 'ResaleAuthorizationDtos.cls'),
            { name: 'ResaleAuthorizationDtos.cls', source: broken },
        ];
        expect(problemsWith(files)).toEqual([
            expect.stringMatching(
                /^ResaleAuthorizationDtos\.UploadedDocument: @AuraEnabled fields/,
            ),
        ]);
    });

    it('fails when the controller class is missing', () => {
        const files = projectFiles.filter(
            (file) => file.name !== 'ResaleAuthorizationController.cls',
        );
        expect(problemsWith(files)).toEqual(
            expect.arrayContaining([
                expect.stringContaining('ResaleAuthorizationController.cls does not exist'),
            ]),
        );
    });
});
