package org.gridgov.core.io;

/**
 * Whether a writer puts residents' personal data into what it writes: names, phone numbers, ID
 * numbers, and the phone and ID numbers that residents type into free text such as the summary of a
 * demand or the reason of a rating.
 *
 * <p>{@link #MASKED} is the default of every writer of this package: whatever leaves the district's
 * own records, a copy for another office, an attachment or a test fixture, carries no personal data
 * unless the host asks for it. {@link #INCLUDED} is for the district's own record, the only form
 * that reads back.
 */
public enum PersonalData {

  /**
   * Personal data masked as the domain masks it in {@code toString()}: a name keeps its surname
   * (张*), a phone number its first three and last four digits (138****5678), an ID number its first
   * three and last four characters, and every phone or ID number in free text is masked by {@link
   * org.gridgov.core.common.PersonalDataMask#text(String)}. Ids and codes are written as they are.
   * What is written this way does not read back as the same snapshot, and {@link
   * DistrictSnapshotJson} refuses to read it.
   */
  MASKED,

  /** Personal data written in full: the district's own record, which reads back as it was. */
  INCLUDED
}
