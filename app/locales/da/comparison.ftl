### Tidlig – the comparison with others on the lead's pages (Danish, da).
### Reviewed by a native speaker: yes

comparison-title = Nøgletal sammenlignet med andre, { $year }
comparison-group = Gruppe
comparison-note = Sammenligningstallene er importeret fra offentliggjorte opgørelser (fx Danmarks Statistik, VIVE og kommunens egne rapporter). De gælder hele kommuner, så intet i dem skjules.

comparison_group-rebild = Rebild Kommune
comparison_group-comparison_group = Sammenligningsgruppen
comparison_group-region_nordjylland = Region Nordjylland
comparison_group-national = Hele landet
comparison_group-advisory_municipalities = Rådgivningskommunerne (VIVE)

comparison_indicator-net_expenditure_dkk_per_0_22 = Nettoudgift, kr. pr. 0–22-årig
comparison_indicator-share_placements_pct = Anbringelser, % af udgiften
comparison_indicator-share_preventive_pct = Forebyggende, % af udgiften
comparison_indicator-share_secure_institutions_pct = Sikrede institutioner, % af udgiften
comparison_indicator-share_extra_costs_pct = Øvrige udgifter, % af udgiften
comparison_indicator-preventive_and_home_based_dkk_per_0_22 = Forebyggende og hjemmebaserede, kr. pr. 0–22-årig
comparison_indicator-placements_dkk_per_0_22 = Anbringelser, kr. pr. 0–22-årig
comparison_indicator-institution_placements = Anbragt på institution pr. 1.000 0–17-årige
comparison_indicator-foster_family_placements = Anbragt i plejefamilie pr. 1.000 0–17-årige
comparison_indicator-network_placements = Anbragt i netværkspleje pr. 1.000 0–17-årige
