import { graphql } from '../gql';

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      refreshToken
      accessTokenExpiresAt
    }
  }
`);

export const RefreshTokenMutation = graphql(`
  mutation RefreshToken($input: RefreshTokenInput!) {
    refreshToken(input: $input) {
      accessToken
      refreshToken
      accessTokenExpiresAt
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout {
      ok
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      user {
        id
        username
        displayName
      }
      tenant {
        id
        code
        name
      }
      roleAssignments {
        id
        role
        scopeName
      }
      permissions
    }
  }
`);
