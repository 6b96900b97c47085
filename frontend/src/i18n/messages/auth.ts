/** Signing in. */
export const authZh = {
  'signIn.subtitle': '网格化服务管理平台',
  'signIn.tenantCode': '租户代码',
  'signIn.tenantCode.placeholder': '六位行政区划代码',
  'signIn.tenantCode.required': '请输入租户代码',
  'signIn.username': '用户名',
  'signIn.username.required': '请输入用户名',
  'signIn.password': '密码',
  'signIn.password.required': '请输入密码',
  'signIn.submit': '登录',
  'signIn.sessionExpired': '登录已过期，请重新登录',
  'signIn.error.UNAUTHENTICATED': '租户代码、用户名或密码不正确',
  'signIn.error.BAD_USER_INPUT': '输入有误，请检查租户代码、用户名和密码',
} as const;

export const authEn: Record<keyof typeof authZh, string> = {
  'signIn.subtitle': 'Grid-based community governance',
  'signIn.tenantCode': 'Tenant code',
  'signIn.tenantCode.placeholder': 'Six-digit division code',
  'signIn.tenantCode.required': 'Enter the tenant code',
  'signIn.username': 'Username',
  'signIn.username.required': 'Enter your username',
  'signIn.password': 'Password',
  'signIn.password.required': 'Enter your password',
  'signIn.submit': 'Sign in',
  'signIn.sessionExpired': 'Your session has expired. Please sign in again.',
  'signIn.error.UNAUTHENTICATED': 'Wrong tenant code, username or password',
  'signIn.error.BAD_USER_INPUT': 'Check the tenant code, username and password',
};
