/**
 * What happens on AWS outside the seller's Catalog API calls, asked of a running simulator on
 * loopback (its `/__admin` endpoint): the reseller making an offer from a resale authorization,
 * and a resale authorization AWS no longer has.
 */
async function admin(simulatorUrl: string, method: string, path: string, body?: unknown) {
    const response = await fetch(`${simulatorUrl}/__admin/${path}`, {
        method,
        headers: { 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const answer = (await response.json()) as Record<string, unknown>;
    if (!response.ok) {
        throw new Error(`${response.status} ${String(answer.Message ?? answer.message ?? '')}`);
    }
    return answer;
}

/** The reseller makes a channel partner private offer from the resale authorization. */
export async function createResellerOffer(
    simulatorUrl: string,
    resaleAuthorizationId: string,
): Promise<string> {
    const answer = await admin(simulatorUrl, 'POST', 'offers', { resaleAuthorizationId });
    return String(answer.OfferId);
}

/** AWS no longer has the resale authorization. */
export async function removeEntity(simulatorUrl: string, entityId: string): Promise<void> {
    await admin(simulatorUrl, 'DELETE', `entities/${encodeURIComponent(entityId)}`);
}
