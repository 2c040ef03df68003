package store

// PageSize is the default number of products per page.
const PageSize = 20
