/**
 * A whole district populated from its hierarchy file: grids, compounds and buildings; units paired
 * with communities; Party organisations, joint committees and grid teams; grid workers, chiefs,
 * post holders, registered Party members and first secretaries; matters, the service menu,
 * self-governing organisations, volunteer teams and stations. {@link
 * org.gridgov.examples.district.DistrictPopulation} is the entry point.
 */
package org.gridgov.examples.district;
