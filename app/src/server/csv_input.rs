//! Reading CSV files that people export from spreadsheets: Danish Excel writes semicolons and
//! a byte-order mark, other tools commas and none. Every import reads its file through here.

/// A reader for `bytes` that trims fields, skips a UTF-8 byte-order mark and takes `;` as the
/// separator when the header line has more semicolons than commas.
pub fn reader(bytes: &[u8]) -> csv::Reader<&[u8]> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let header = bytes.split(|b| *b == b'\n').next().unwrap_or_default();
    let count = |c: u8| header.iter().filter(|b| **b == c).count();
    let delimiter = if count(b';') > count(b',') {
        b';'
    } else {
        b','
    };
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .trim(csv::Trim::All)
        .flexible(false)
        .from_reader(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(bytes: &[u8]) -> Vec<Vec<String>> {
        let mut reader = reader(bytes);
        let mut out = vec![reader
            .headers()
            .expect("header")
            .iter()
            .map(str::to_owned)
            .collect()];
        for record in reader.records() {
            out.push(record.expect("record").iter().map(str::to_owned).collect());
        }
        out
    }

    #[test]
    fn commas_semicolons_and_a_byte_order_mark_read_alike() {
        let expected = vec![vec!["year", "count"], vec!["2024", "7"]];
        assert_eq!(rows(b"year,count\n2024, 7\n"), expected);
        assert_eq!(rows(b"\xEF\xBB\xBFyear;count\r\n2024;7\r\n"), expected);
        assert_eq!(
            rows(b"course;themes\nA;\"trivsel;sprog\"\n")[1],
            vec!["A", "trivsel;sprog"],
            "a quoted list keeps its semicolons"
        );
    }
}
