import { refuseGrant } from './grants';
import type { Principal } from './principal';

const admin: Principal = { userId: 'a', role: 'ADMIN' };
const officer: Principal = { userId: 'o', role: 'LEB_OFFICER', regionKato: '710000000' };
const pa: Principal = { userId: 'p', role: 'PROVIDER_ADMIN', providerId: 'P1', regionKato: '710000000' };

describe('who may grant which role', () => {
  it('an administrator grants officers (with a region), analysts and administrators only', () => {
    expect(refuseGrant(admin, { role: 'LEB_OFFICER', regionKato: '750000000' })).toBeNull();
    expect(refuseGrant(admin, { role: 'LEB_OFFICER' })).not.toBeNull();
    expect(refuseGrant(admin, { role: 'MINISTRY_ANALYST' })).toBeNull();
    expect(refuseGrant(admin, { role: 'DISPATCHER', regionKato: '710000000' })).not.toBeNull();
  });
  it('an LEB officer grants within the region only', () => {
    expect(
      refuseGrant(officer, { role: 'PROVIDER_ADMIN', providerId: 'P1', providerRegionKato: '711410000' }),
    ).toBeNull();
    expect(
      refuseGrant(officer, { role: 'PROVIDER_ADMIN', providerId: 'P2', providerRegionKato: '750000000' }),
    ).not.toBeNull();
    expect(refuseGrant(officer, { role: 'DISPATCHER', regionKato: '710000000' })).toBeNull();
    expect(refuseGrant(officer, { role: 'DISPATCHER', regionKato: '750000000' })).not.toBeNull();
    expect(refuseGrant(officer, { role: 'LEB_OFFICER', regionKato: '710000000' })).not.toBeNull();
    expect(
      refuseGrant(officer, { role: 'DRIVER', providerId: 'P1', providerRegionKato: '710000000' }),
    ).not.toBeNull();
  });
  it("a provider admin grants its own provider's dispatchers and drivers", () => {
    expect(refuseGrant(pa, { role: 'DISPATCHER', providerId: 'P1' })).toBeNull();
    expect(refuseGrant(pa, { role: 'DISPATCHER', providerId: 'P2' })).not.toBeNull();
    expect(
      refuseGrant(pa, { role: 'DRIVER', providerId: 'P1', driverId: 'd', driverProviderId: 'P1' }),
    ).toBeNull();
    expect(
      refuseGrant(pa, { role: 'DRIVER', providerId: 'P1', driverId: 'd', driverProviderId: 'P2' }),
    ).not.toBeNull();
    expect(refuseGrant(pa, { role: 'PROVIDER_ADMIN', providerId: 'P1' })).not.toBeNull();
  });
  it('nobody else grants anything', () => {
    expect(refuseGrant({ userId: 'd', role: 'DISPATCHER' }, { role: 'DRIVER' })).not.toBeNull();
  });
});
