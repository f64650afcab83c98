export const TEMPLATE_DATABASE = "factcheck_test_template";
