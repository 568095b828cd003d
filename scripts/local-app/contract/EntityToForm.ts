/**
 * `EntityToForm.cls` in TypeScript: the form state of a described resale authorization. Here
 * it is the domain's own `formFromEntity`; the Apex repeats it, and the contract vectors
 * (`entityToForm`) hold both to the same form states.
 */
import { formFromEntity } from '../../../lwc-src/raDomain/entityToForm';
import type { FormState } from '../../../lwc-src/raDomain/formState';

export class EntityToForm {
    /** The form state of a DescribeEntity `DetailsDocument`. */
    static formFromEntity(details: Record<string, unknown>): FormState {
        return formFromEntity({ DetailsDocument: details });
    }
}
