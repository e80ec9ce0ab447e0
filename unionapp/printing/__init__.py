"""Printed documents (DESIGN §4): ReportLab PDFs with an embedded CJK font, one module per
document (member_card, certificate, member_form, visit_form, hardship_form, mediation_form,
roster, calibration), shared fonts, styles and box fitting, card templates (card_layout) and the
`unionapp print` command (commands). Nothing here imports Qt."""
