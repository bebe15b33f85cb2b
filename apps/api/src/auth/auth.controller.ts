import {
  Body,
  Controller,
  Get,
  HttpCode,
  Post,
  Req,
  Res,
  UnauthorizedException,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { CookieOptions, Request, Response } from 'express';
import { ZodBodyPipe } from '../http/zod-body.pipe';
import { AUTH_COOKIE, AUTH_COOKIE_MAX_AGE_MS } from './auth.constants';
import {
  AuthenticatedResponseDto,
  AuthSessionResponseDto,
  LoginRequestDto,
  loginRequestSchema,
  type AuthSessionResponse,
  type LoginRequest,
} from './auth.dto';
import { TokenVerifier } from './token-verifier';

/** Sign-in for browsers: exchanges the api token for an HttpOnly cookie. All routes here are open. */
@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly verifier: TokenVerifier) {}

  @Get('session')
  @ApiOperation({ summary: 'Whether a token is required and whether this request carries it.' })
  @ApiOkResponse({ type: AuthSessionResponseDto })
  session(@Req() req: Request): AuthSessionResponse {
    return {
      authRequired: this.verifier.required,
      authenticated: this.verifier.isAuthorized({
        authorization: req.headers.authorization,
        cookie: req.headers.cookie,
      }),
    };
  }

  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: `Checks the token and sets the HttpOnly ${AUTH_COOKIE} cookie.` })
  @ApiBody({ type: LoginRequestDto })
  @ApiOkResponse({ type: AuthenticatedResponseDto })
  @ApiBadRequestResponse({ description: 'The body is not {"token": string}.' })
  @ApiUnauthorizedResponse({ description: 'Wrong token.' })
  login(
    @Body(new ZodBodyPipe(loginRequestSchema)) body: LoginRequest,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): AuthenticatedResponseDto {
    if (!this.verifier.required) return { authenticated: true };
    if (!this.verifier.matches(body.token)) {
      throw new UnauthorizedException('That is not the token this Seraph was started with');
    }
    res.cookie(AUTH_COOKIE, body.token, { ...cookieOptions(req), maxAge: AUTH_COOKIE_MAX_AGE_MS });
    return { authenticated: true };
  }

  @Post('logout')
  @HttpCode(200)
  @ApiOperation({ summary: `Clears the ${AUTH_COOKIE} cookie.` })
  @ApiOkResponse({ type: AuthenticatedResponseDto })
  logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): AuthenticatedResponseDto {
    res.clearCookie(AUTH_COOKIE, cookieOptions(req));
    return { authenticated: !this.verifier.required };
  }
}

/** Secure only over https (directly or behind a proxy that says so), so plain-http LAN use works. */
function cookieOptions(req: Request): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', path: '/', secure: req.secure };
}
