package org.fivetype.api;

/**
 * The two kinds of target responsibility unit (目标责任单位) the source document assesses:
 * county and district governments (区县) and the city's commissions, bureaus and offices
 * (市属各委、局、办).
 */
@Surface(Surface.Kind.API)
public enum UnitKind {
  /** A county or district government (区县政府). */
  DISTRICT(Label.of("区县", "district")),
  /** A city department: commission, bureau or office (市属部门). */
  DEPARTMENT(Label.of("市属部门", "department"));

  private final Label label;

  UnitKind(Label label) {
    this.label = label;
  }

  /** {@return the bilingual name of this kind, e.g. 区县 / district} */
  public Label label() {
    return label;
  }
}
