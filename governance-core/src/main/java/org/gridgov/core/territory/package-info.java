/**
 * The territory: district → street or town → community or village → grid → compound → building.
 *
 * <p>Administrative units carry the statistical codes of the National Bureau of Statistics: a
 * 6-digit {@link org.gridgov.core.territory.DistrictCode}, a 9-digit {@link
 * org.gridgov.core.territory.StreetCode} and a 12-digit {@link
 * org.gridgov.core.territory.CommunityCode}; a {@link org.gridgov.core.territory.GridCode} adds a
 * 3-digit serial to its community's code, as Beijing's DB11 grid codes do. Each code knows its
 * parent's code, so containment is a prefix check. {@link org.gridgov.core.territory.Territory}
 * holds one district's units with lookup by code in constant time; {@link
 * org.gridgov.core.territory.NationalTerritory} holds the whole country's districts, streets and
 * communities, and their grids, in a compact index of primitive arrays.
 */
package org.gridgov.core.territory;
