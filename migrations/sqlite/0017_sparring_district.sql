-- Goal 3's sparring figures by district (issue 18, item 6): the district of the asker's
-- institution is copied when a request comes in, as its area is, so it stays when the
-- institution goes with the texts. A district is coarser than the institution it replaces
-- and is counted only under the disclosure rule; '' where the workplace was typed by hand.
ALTER TABLE sparring_requests ADD COLUMN district TEXT NOT NULL DEFAULT '';
UPDATE sparring_requests SET district = COALESCE(
    (SELECT i.district FROM institutions i WHERE i.id = sparring_requests.institution_id), '');
CREATE INDEX sparring_requests_month_district ON sparring_requests (month, district);
