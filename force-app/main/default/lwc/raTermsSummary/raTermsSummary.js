import { LightningElement, api } from 'lwc';
import { contractDurationOf, dimensionPriceOf, dimensionsFor, effectivePricingModel, parseBuyerAccounts, paymentScheduleTotal, usesFlexiblePaymentSchedule, } from 'c/raDomain';
import { durationName, formatDate, formatDecimal, formatLabel, unitName } from 'c/raUi';
import { LABELS } from './labels';
const { productLabel, nameLabel, resellerLabel, descriptionLabel, standardEulaLabel, enterpriseEulaLabel, customEulaLabel, noResellerContractLabel, standardResellerLabel, customResellerLabel, multiUseLabel, oneTimeLabel, netPaymentDefaultLabel, netPaymentDaysLabel, contractLabel, usageLabel, byolLabel, freeLabel, multipleDimensionSelectionLabel, quantityConfigurationLabel, constraintAllowedLabel, constraintDisallowedLabel, } = LABELS;
const TERMS_LABELS = {
    StandardEula: standardEulaLabel,
    EnterpriseEula: enterpriseEulaLabel,
    CustomEula: customEulaLabel,
    '': noResellerContractLabel,
    StandardResellerContract: standardResellerLabel,
    CustomResellerContract: customResellerLabel,
};
const PRICING_LABELS = {
    Contract: contractLabel,
    Usage: usageLabel,
    BYOL: byolLabel,
    Free: freeLabel,
};
/** `P12M` → "12 months", `P1M` → "1 month"; not set when it is not one. */
function durationText(duration) {
    return durationName(duration) || LABELS.notSet;
}
/**
 * The terms of a resale authorization in plain words: what the wizard's review step shows
 * before publishing, and what the record view shows afterwards.
 */
export default class RaTermsSummary extends LightningElement {
    @api
    form = null;
    @api
    product = null;
    get terms() {
        const form = this.form;
        if (!form) {
            return [];
        }
        const product = this.product && this.product.productId === form.productId ? this.product : null;
        const term = (key, label, texts) => ({
            key,
            detailKey: `${key}-detail`,
            label,
            lines: texts.map((text, index) => ({ key: `${key}-${index}`, text })),
        });
        const terms = [
            term('name', nameLabel, [form.name]),
            term('product', productLabel, [
                product ? `${product.title} (${product.productId})` : form.productId,
            ]),
            term('reseller', resellerLabel, [form.resellerAccountId]),
        ];
        if (form.description.trim()) {
            terms.push(term('description', descriptionLabel, [form.description]));
        }
        const buyers = parseBuyerAccounts(form.buyerAccountsText).accounts;
        terms.push(term('buyers', LABELS.buyers, buyers.length ? buyers : [LABELS.anyBuyer]));
        if (product) {
            terms.push(...this.pricingTerms(form, product, term));
        }
        const document = (type, doc) => {
            const name = TERMS_LABELS[type] ?? type;
            if (!doc) {
                return name;
            }
            return doc.mustUploadAgain
                ? formatLabel(LABELS.uploadAgain, name)
                : formatLabel(LABELS.document, name, doc.fileName);
        };
        terms.push(term('buyerTerms', LABELS.buyerTerms, [
            form.buyerLegalTerms.type
                ? document(form.buyerLegalTerms.type, form.buyerLegalTerms.document)
                : LABELS.notSet,
        ]), term('resellerTerms', LABELS.resellerTerms, [
            document(form.resellerLegalTerms.type, form.resellerLegalTerms.document),
        ]));
        const usage = form.availability.usage === 'oneTime' ? oneTimeLabel : multiUseLabel;
        terms.push(term('availability', LABELS.availability, [
            form.availability.expiryDate
                ? formatLabel(LABELS.expires, usage, formatDate(form.availability.expiryDate))
                : formatLabel(LABELS.noExpiry, usage),
        ]));
        if (form.futureStart.enabled) {
            terms.push(term('futureStart', LABELS.futureStart, [
                formatLabel(LABELS.futureStartUntil, formatDate(form.futureStart.maximumAgreementStartDate)),
            ]));
        }
        terms.push(term('renewal', LABELS.renewal, [
            form.renewal.isRenewal
                ? formatLabel(form.renewal.acquisitionChannel === 'External'
                    ? LABELS.renewalOfExternal
                    : LABELS.renewalOfAws, PRICING_LABELS[form.renewal.pricingModel] ?? LABELS.notSet)
                : LABELS.notRenewal,
        ]));
        return terms;
    }
    pricingTerms(form, product, term) {
        const model = effectivePricingModel(form, product);
        const fps = usesFlexiblePaymentSchedule(form, product);
        const terms = [
            term('pricing', LABELS.pricing, [
                model === 'Contract'
                    ? formatLabel(LABELS.contractFor, durationText(contractDurationOf(form)))
                    : LABELS.usagePricing,
            ]),
        ];
        const prices = dimensionsFor(product, model).map((dimension) => {
            const price = dimensionPriceOf(form, dimension.key);
            if (fps) {
                return formatLabel(LABELS.unitsGranted, dimension.name, formatDecimal(price.quantity || '0'), unitName(dimension.unit, Number(price.quantity) || 0));
            }
            return price.rate.trim()
                ? formatLabel(LABELS.pricePer, dimension.name, formatDecimal(price.rate), form.currencyCode, unitName(dimension.unit))
                : formatLabel(LABELS.notPriced, dimension.name);
        });
        if (form.zeroDollarPricing && !fps) {
            prices.push(LABELS.zeroAllowed);
        }
        if (model === 'Contract' && !fps) {
            // The rate card's constraints: what the buyer of the partner's offer may choose.
            const setting = (value) => value === 'Disallowed' ? constraintDisallowedLabel : constraintAllowedLabel;
            const constraints = form.rateCardConstraints;
            prices.push(formatLabel(LABELS.constraint, multipleDimensionSelectionLabel, setting(constraints.multipleDimensionSelection)), formatLabel(LABELS.constraint, quantityConfigurationLabel, setting(constraints.quantityConfiguration)));
        }
        terms.push(term('prices', LABELS.prices, prices));
        if (fps) {
            terms.push(term('payments', LABELS.payments, [
                ...form.paymentSchedule.map((row) => formatLabel(LABELS.payment, formatDate(row.chargeDate), formatDecimal(row.amount), form.currencyCode)),
                formatLabel(LABELS.paymentTotal, formatDecimal(paymentScheduleTotal(form)), form.currencyCode),
            ]));
        }
        const net = /^P(\d+)D$/.exec(form.netPaymentPeriod);
        terms.push(term('netPayment', LABELS.netPayment, [
            net ? formatLabel(netPaymentDaysLabel, net[1] ?? '') : netPaymentDefaultLabel,
        ]));
        return terms;
    }
}
