"""A thin layer over PyGithub for the review issue: bounded retries, rate limits honoured,
no duplicate issue after a lost answer, and refusals turned into one line saying what to fix."""
