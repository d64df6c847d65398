### Tidlig – the comparison with others on the lead's pages (English, en).
### Reviewed by a native speaker: no

comparison-title = Key figures compared with others, { $year }
comparison-group = Group
comparison-note = The comparison figures are imported from published statistics (such as Statistics Denmark, VIVE and the municipality's own reports). They cover whole municipalities, so nothing in them is hidden.

comparison_group-rebild = Rebild Municipality
comparison_group-comparison_group = The comparison group
comparison_group-region_nordjylland = North Denmark Region
comparison_group-national = Denmark
comparison_group-advisory_municipalities = The advisory municipalities (VIVE)

comparison_indicator-net_expenditure_dkk_per_0_22 = Net expenditure, DKK per 0–22-year-old
comparison_indicator-share_placements_pct = Placements, % of expenditure
comparison_indicator-share_preventive_pct = Preventive, % of expenditure
comparison_indicator-share_secure_institutions_pct = Secure institutions, % of expenditure
comparison_indicator-share_extra_costs_pct = Other costs, % of expenditure
comparison_indicator-preventive_and_home_based_dkk_per_0_22 = Preventive and home-based, DKK per 0–22-year-old
comparison_indicator-placements_dkk_per_0_22 = Placements, DKK per 0–22-year-old
comparison_indicator-institution_placements = Placed in an institution per 1,000 0–17-year-olds
comparison_indicator-foster_family_placements = Placed in a foster family per 1,000 0–17-year-olds
comparison_indicator-network_placements = Placed with relatives or network per 1,000 0–17-year-olds
