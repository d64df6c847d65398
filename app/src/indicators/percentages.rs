//! The shares of a row in whole percent, adding up to exactly 100.

/// Whole-percent shares of `counts` that add up to exactly 100 (largest remainder), or all
/// zero when the total is zero.
pub fn percentages(counts: &[u64]) -> Vec<u32> {
    let total: u64 = counts.iter().sum();
    if total == 0 {
        return vec![0; counts.len()];
    }
    let mut shares: Vec<(usize, u64, u64)> = counts
        .iter()
        .enumerate()
        .map(|(i, &c)| (i, c * 100 / total, c * 100 % total))
        .collect();
    let floor_sum: u64 = shares.iter().map(|(_, q, _)| q).sum();
    let mut left = 100 - floor_sum;
    // Largest remainders first; ties go to the earlier category.
    shares.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
    for share in shares.iter_mut() {
        if left == 0 {
            break;
        }
        if share.2 > 0 {
            share.1 += 1;
            left -= 1;
        }
    }
    shares.sort_by_key(|s| s.0);
    shares.into_iter().map(|(_, q, _)| q as u32).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_add_up_to_one_hundred() {
        assert_eq!(percentages(&[27, 15, 0]), vec![64, 36, 0]);
        assert_eq!(percentages(&[1, 1, 1]), vec![34, 33, 33]);
        assert_eq!(percentages(&[0, 0]), vec![0, 0]);
        for counts in [[7u64, 11, 13, 19], [1, 2, 3, 94], [33, 33, 33, 1]] {
            assert_eq!(percentages(&counts).iter().sum::<u32>(), 100, "{counts:?}");
        }
    }
}
