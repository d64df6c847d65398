### Tidlig – the lead's imports of registry figures (English, en).
### Reviewed by a native speaker: no

imports-file = CSV file
imports-button = Import
imports-refused = The file was not imported. Correct the lines below and try again – nothing has been saved.
imports-line = Line
imports-column = Column
imports-problem = Problem
