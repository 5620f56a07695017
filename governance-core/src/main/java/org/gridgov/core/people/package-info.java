/**
 * People: residents, Party members, cadres and volunteers, their personal data, their Party
 * membership and registration (报到) into a grid, the "two chiefs and one member" (两长一员), first
 * secretaries, and volunteer teams.
 *
 * <p>Personal data: {@link org.gridgov.core.people.PersonName}, {@link
 * org.gridgov.core.people.PhoneNumber} and {@link org.gridgov.core.people.IdNumber} mask themselves
 * in {@code toString()}, and {@link org.gridgov.core.people.Person#toString()} shows no name, phone
 * or ID number, so that logs and messages never carry them. The real value is read only through the
 * explicit accessor each type documents as personal data. Free text that residents write, such as
 * the summary of a demand, is masked where it is shown by {@link
 * org.gridgov.core.common.PersonalDataMask}; snapshots and reports are written masked unless the
 * host asks for {@link org.gridgov.core.io.PersonalData#INCLUDED}.
 *
 * <p>Direction: this package depends on {@code organisation}, {@code territory} and {@code common};
 * {@code post}, {@code lists} and {@code meeting} may depend on it, never the reverse. Every type
 * here is immutable and safe to share between threads.
 */
package org.gridgov.core.people;
